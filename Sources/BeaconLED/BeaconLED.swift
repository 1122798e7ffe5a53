// BeaconLED
