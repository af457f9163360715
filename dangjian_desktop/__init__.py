"""dangjian-desktop: 党建+安全 records and wall-board cards for an enterprise Party branch."""

__version__ = "0.2.0"
