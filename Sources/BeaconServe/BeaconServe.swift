// BeaconServe
