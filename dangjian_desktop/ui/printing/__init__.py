"""The print dialog the 打印 menu and the tabs open."""
