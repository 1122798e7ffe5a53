// BeaconPrivacy
