// BeaconStats
