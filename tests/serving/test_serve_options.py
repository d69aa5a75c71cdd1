"""`python -m kit serve` options: Dutch help, refusals before Voila starts, and the Voila config they produce."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from kit.cli import main
from kit.serving import options as serve_options
from kit.serving.cli_options import parse_serve
from kit.serving.options import ServeOptionError, ServeOptions, build_options, notebook_for, pools_for
from kit.serving.status import ENV_VAR as STATUS_ENV_VAR
from kit.serving.voila_config import HANDLERS_CONFIG, IOPUB_TIMEOUT, KERNEL_MANAGER, SHARE, prepare
from kit.store import Store


@pytest.fixture(autouse=True)
def never_exec_voila(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refusal that fails to refuse must not replace the test process by Voila."""

    def started(options: ServeOptions) -> None:
        raise AssertionError(f"serve() was called with {options}")

    monkeypatch.setattr("kit.serve.serve", started)


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run `python -m kit serve ARGV`, which must stop before Voila with exit code 1 or 2; return stderr."""
    with pytest.raises(SystemExit) as stopped:
        code = main(["serve", *argv])
        raise SystemExit(code)
    assert stopped.value.code in (1, 2)
    return capsys.readouterr().err


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Gebruik: python -m kit serve")
    for option in ("--port", "--deelnemers", "--oefening", "--workshop", "--opruimen", "--controle", "--database-url"):
        assert option in out
    assert "toon deze hulp" in out and "opties:" in out
    assert "show this help" not in out and "options:" not in out


def test_an_option_given_twice_is_refused_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    """Voila stops with a CRITICAL on `--pool_size` twice; we say which option and both values."""
    err = refused(capsys, "--deelnemers", "10", "--deelnemers", "40", "--oefening", "casus-1")
    assert "--deelnemers is twee keer gegeven (10 en 40)" in err
    assert "CRITICAL" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--deelnemers", "40"], "geef --oefening"),
        (["--oefening", "casus-1"], "geef ook --deelnemers"),
        (["--deelnemers", "40", "--oefening", "casus-9"], "Onbekende oefening 'casus-9'"),
        (["--deelnemers", "40", "--oefening", "bestaat-niet.ipynb"], "Onbekende oefening 'bestaat-niet.ipynb'"),
        (["--deelnemers", "0", "--oefening", "casus-1"], "--deelnemers 0 kan niet"),
        (["--deelnemers", "1000", "--oefening", "casus-1"], "--deelnemers 1000 kan niet"),
        (["--opruimen", "0"], "--opruimen 0 kan niet"),
        (["--opruimen", "30", "--controle", "60"], "--controle 60 kan niet"),
        (["--port", "80"], "Poort 80 kan niet"),
        (["--port", "acht"], "'acht' is geen geheel getal"),
        (["--database-url", "geen url::"], "geen geldige database-URL"),
    ],
)
def test_impossible_options_are_refused_before_voila_starts(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    err = refused(capsys, "--port", str(_free_port()), *argv) if "--port" not in argv else refused(capsys, *argv)
    assert expected in err
    assert err.startswith(("Fout:", "Gebruik:"))


def test_a_port_in_use_is_refused() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServeOptionError, match=f"Poort {port} is al in gebruik"):
            build_options(port=port)


def test_more_kernels_than_memory_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serve_options, "KERNEL_MB", 10**7)
    with pytest.raises(ServeOptionError, match="geheugen"):
        build_options(participants=40, exercises=["casus-1"], check_port_free=False)


def test_exercises_map_to_the_notebooks_participants_open() -> None:
    assert notebook_for("casus-1") == "casus-1.ipynb"
    assert notebook_for("azc/oefenvorm-2") == "samos-oefenvorm-2.ipynb"
    assert notebook_for("casussen.ipynb") == "casussen.ipynb"
    pools = pools_for(40, ["casus-1", "steekpartij/oefenvorm-3", "azc/oefenvorm-3"])
    assert pools == {"casus-1.ipynb": 40, "samos-oefenvorm-3.ipynb": 40, "facilitator.ipynb": 1}


def test_workshop_option_reads_its_exercises_from_the_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    with Store(url) as store:
        workshop = store.create_workshop("Dinsdag", ["casus-2", "azc/oefenvorm-1"], "individueel")
    chosen = build_options(participants=12, workshop=workshop.code.lower(), database_url=url, check_port_free=False)
    assert chosen.pools == {"casus-2.ipynb": 12, "samos-oefenvorm-1.ipynb": 12, "facilitator.ipynb": 1}
    with pytest.raises(ServeOptionError, match="Workshop 'NIETS' bestaat niet"):
        build_options(participants=12, workshop="NIETS", database_url=url, check_port_free=False)


def test_parsed_options(tmp_path: Path) -> None:
    port = _free_port()
    chosen = parse_serve(
        [
            *("--port", str(port), "--deelnemers", "20", "--oefening", "casus-1", "--oefening", "casus-3"),
            *("--opruimen", "45", "--controle", "5", "--database-url", f"sqlite:///{tmp_path / 's.sqlite'}"),
        ]
    )
    assert chosen.port == port and chosen.participants == 20
    assert chosen.pools == {"casus-1.ipynb": 20, "casus-3.ipynb": 20, "facilitator.ipynb": 1}
    assert (chosen.cull_idle, chosen.cull_interval) == (45, 5)


def test_voila_config_sets_per_notebook_pools_and_culling(tmp_path: Path) -> None:
    """Pool sizes go in voila.json (per notebook), never as `--pool_size` on Voila's command line."""
    chosen = ServeOptions(
        port=9999,
        participants=40,
        pools={"casus-1.ipynb": 40, "facilitator.ipynb": 1},
        cull_idle=30,
        cull_interval=10,
        database_url="sqlite:///x.sqlite",
    )
    args, env = prepare(chosen, tmp_path)
    assert not any("pool_size" in arg or "preheat" in arg for arg in args)
    assert f"--Voila.config_file_paths={tmp_path}" in args and "--port=9999" in args
    config = json.loads((tmp_path / "voila.json").read_text())
    assert config["VoilaKernelManager"]["kernel_pools_config"] == {
        "default": {"pool_size": 0},
        "casus-1.ipynb": {"pool_size": 40},
        "facilitator.ipynb": {"pool_size": 1},
    }
    assert config["VoilaConfiguration"]["preheat_kernel"] is True
    assert config["VoilaConfiguration"]["multi_kernel_manager_class"] == KERNEL_MANAGER
    assert config["MappingKernelManager"] == {
        "cull_idle_timeout": 30,
        "cull_interval": 10,
        "cull_connected": False,
        "cull_busy": False,
    }
    assert env.pop("JUPYTER_PATH").split(os.pathsep)[0] == str(SHARE)  # where Voila finds the oefenkit template
    assert env == {STATUS_ENV_VAR: str(tmp_path / "pool-status.json"), "KIT_DATABASE_URL": "sqlite:///x.sqlite"}
    assert config["VoilaConfiguration"]["template"] == "oefenkit"
    assert (tmp_path / "voila.py").read_text() == HANDLERS_CONFIG.read_text()  # the Dutch 404 handler


def test_voilas_executor_waits_for_late_cell_output_instead_of_serving_an_empty_page(tmp_path: Path) -> None:
    """The config must reach the object that waits: Voila builds its executor from the app's config."""
    from nbformat import v4
    from traitlets.config.loader import JSONFileConfigLoader
    from voila.execute import VoilaExecutor

    prepare(ServeOptions(port=9999), tmp_path)
    loaded = JSONFileConfigLoader("voila.json", path=str(tmp_path)).load_config()
    executor = VoilaExecutor(v4.new_notebook(), config=loaded)
    assert executor.iopub_timeout == IOPUB_TIMEOUT >= 30
    assert VoilaExecutor(v4.new_notebook()).iopub_timeout < 30  # the default that emptied a page in CI


def test_without_participants_every_notebook_keeps_one_kernel_ready(tmp_path: Path) -> None:
    prepare(ServeOptions(port=9999), tmp_path)
    config = json.loads((tmp_path / "voila.json").read_text())
    assert config["VoilaKernelManager"]["kernel_pools_config"] == {"default": {"pool_size": 1}}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_workshop_only_reaches_the_kernels_environment(tmp_path: Path) -> None:
    chosen = parse_serve(["--port", str(_free_port()), "--alleen-workshop"])
    assert chosen.workshop_only
    _, env = prepare(chosen, tmp_path)
    assert env["KIT_WORKSHOP_ONLY"] == "1"
    _, env = prepare(parse_serve(["--port", str(_free_port())]), tmp_path / "other")
    assert "KIT_WORKSHOP_ONLY" not in env
