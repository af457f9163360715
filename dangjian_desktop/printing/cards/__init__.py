"""One module per card: ``layout(item, box) -> (CardHead, body flowables)``."""
