"""The steps run for one synthetic site, each in a Django process of its own, with the settings
`SyntheticSite.environment()` gives (localoffer.settings.bench and the site's folder):

    python -m benchmarks.site_steps build --pages 1000 --ratings 100000
    python -m benchmarks.site_steps measure [--pages-only]
    python -m benchmarks.site_steps directory --services 5000
"""

import argparse
import os

import django


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    build = steps.add_parser("build", help="build the synthetic site (benchmarks.synthetic)")
    build.add_argument("--pages", type=int, required=True)
    build.add_argument("--ratings", type=int, required=True)
    measure = steps.add_parser("measure", help="measure it in-process (benchmarks.figures)")
    measure.add_argument(
        "--pages-only", action="store_true", help="only the family pages' queries and sizes"
    )
    directory = steps.add_parser("directory", help="the directory's figures (benchmarks.directory)")
    directory.add_argument("--services", type=int, required=True)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "localoffer.settings.bench")
    django.setup()
    # Imported once Django is set up: they import models.
    if args.step == "build":
        from benchmarks import synthetic

        synthetic.main(args.pages, args.ratings)
    elif args.step == "directory":
        from benchmarks import directory

        directory.main(args.services)
    else:
        from benchmarks import figures

        figures.main(args.pages_only)


if __name__ == "__main__":
    main()
