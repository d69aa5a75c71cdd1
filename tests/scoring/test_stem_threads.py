"""Stemming from many threads at once (the service scores in worker threads) gives the words' own stems."""

from __future__ import annotations

import threading

from kit.scoring import stems

WORDS = [
    f"{base}{tail}"
    for base in ("jongeren", "overlast", "portieken", "irritaties", "bewoners")
    for tail in ("", "s", "en", "heid", "lijke", "tje", "ingen")
]


def test_threads_do_not_share_a_stemmer() -> None:
    expected = {word: stems.stem.__wrapped__(word) for word in WORDS}
    failures: list[str] = []

    def work() -> None:
        for _ in range(200):
            for word in WORDS:
                try:
                    if stems.stem.__wrapped__(word) != expected[word]:
                        failures.append(word)
                except IndexError as exc:  # what a shared stemmer raised under the service's 40 callers
                    failures.append(repr(exc))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
