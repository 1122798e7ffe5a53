// BeaconLeaflet
