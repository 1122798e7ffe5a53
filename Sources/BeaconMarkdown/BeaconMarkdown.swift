// BeaconMarkdown
