// BeaconBuild
