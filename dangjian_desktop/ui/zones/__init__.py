"""The 责任区 tab (党员责任区 · 示范岗): list, wall-board view, compliance grid, dialogs."""
