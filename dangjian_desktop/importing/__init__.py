"""Reading what people bring from Excel: files in, plain data out.

The counterpart of ``exporting``: no database session and no Qt here. ``roster_file`` turns an
.xlsx or .csv roster into a table of text cells; ``roster_rows`` checks those rows against
lookups the service has loaded; ``roster_plan`` holds the plain results (the preview).
"""
