// BeaconSite
