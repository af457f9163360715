"""Packaging hook: the one thing pyproject.toml cannot say on its own.

``resources/`` (fonts and their licence, icons, templates) is a top-level folder in the
source tree, as the design card lays it out, but an installed wheel must carry it inside
the package, as ``dangjian_desktop/resources``, where ``paths.resources_dir()`` looks.
Every other package is found automatically (namespace packages included, so a folder such
as ``db/migrations/versions`` needs no ``__init__.py``).
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["dangjian_desktop*"], exclude=["*.__pycache__"])
    + ["dangjian_desktop.resources"],
    package_dir={"dangjian_desktop.resources": "resources"},
)
