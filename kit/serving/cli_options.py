"""The `serve` command line: Dutch help and errors, each option given once, checked before Voila starts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from kit.serving.options import CULL_IDLE_SECONDS, CULL_INTERVAL_SECONDS, DEFAULT_PORT, ServeOptions, build_options
from kit.serving.texts import ERRORS, HELP


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, HELP["usage"] if prefix is None else prefix)


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch headings and errors (its own texts are English)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._optionals.title = HELP["options"]
        self._positionals.title = HELP["positionals"]
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP["help"])

    def error(self, message: str) -> NoReturn:
        message = message.replace("the following arguments are required", "verplicht")
        message = message.replace("unrecognized arguments", "onbekende opties")
        message = message.replace("invalid choice", "ongeldige keuze").replace("argument ", "")
        self.print_usage(sys.stderr)
        self.exit(2, f"{ERRORS['prefix']}: {message}\n")


class Once(argparse.Action):
    """Refuse an option given twice, as Voila does for its pool size (but with a sentence, not a CRITICAL)."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, _: Any = None
    ) -> None:
        marker = f"_{self.dest}_given"
        if getattr(namespace, marker, False):
            first = getattr(namespace, self.dest)
            parser.error(ERRORS["twice"].format(option=self.option_strings[-1], first=first, second=values))
        setattr(namespace, marker, True)
        setattr(namespace, self.dest, values)


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(ERRORS["not_int"].format(value=text)) from None


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = HELP["description"]
    parser.epilog = HELP["epilog"]
    parser.add_argument("--port", type=whole_number, default=DEFAULT_PORT, action=Once, help=HELP["port"])
    parser.add_argument("--deelnemers", type=whole_number, action=Once, metavar="N", help=HELP["deelnemers"])
    parser.add_argument("--oefening", action="append", default=[], metavar="ID", help=HELP["oefening"])
    parser.add_argument("--workshop", action=Once, metavar="CODE", help=HELP["workshop"])
    parser.add_argument(
        "--opruimen", type=whole_number, default=CULL_IDLE_SECONDS, action=Once, metavar="SEC", help=HELP["opruimen"]
    )
    parser.add_argument(
        "--controle",
        type=whole_number,
        default=CULL_INTERVAL_SECONDS,
        action=Once,
        metavar="SEC",
        help=HELP["controle"],
    )
    parser.add_argument("--database-url", action=Once, metavar="URL", help=HELP["database_url"])
    parser.add_argument("--alleen-workshop", action="store_true", help=HELP["alleen_workshop"])


def options_from_args(args: argparse.Namespace, check_port_free: bool = True) -> ServeOptions:
    return build_options(
        port=args.port,
        participants=args.deelnemers,
        exercises=args.oefening,
        workshop=args.workshop,
        cull_idle=args.opruimen,
        cull_interval=args.controle,
        database_url=args.database_url,
        check_port_free=check_port_free,
        workshop_only=args.alleen_workshop,
    )


def parse_serve(argv: Sequence[str]) -> ServeOptions:
    """`serve`'s options alone (tests and tools); raises SystemExit on a usage error like argparse."""
    parser = DutchParser(prog="python -m kit serve")
    add_serve_arguments(parser)
    return options_from_args(parser.parse_args(argv))
