#!/usr/bin/env python3
"""Writes a generated non-English feedback corpus (one answer per line) for the tokenizer benchmark.

Each line is in one language — French, German or Russian, a third each — as in a multinational survey
export: 5 to 25 words drawn from a small vocabulary of feedback words (written for this script), a
capital, end punctuation and sometimes a second short sentence. French and German are mostly ASCII
with accented words (which take ICU's path for their stretch of the line); Russian is all Cyrillic.
Fixed seed, so the corpus is the same on every machine.
Usage: make_language_corpus.py OUT.txt MEGABYTES"""
import random
import sys

VOCABULARY = {
    "fr": "livraison rapide mais le livreur était en retard service client nul application plante souvent merci pour "
    "votre aide opérateur très poli qualité excellente prix trop élevé je ne recommande pas jamais plus "
    "commanderai encore attendu réponse deux semaines remboursé à temps emballage abîmé tout était parfait déçu",
    "de": "Lieferung schnell aber der Fahrer kam zu spät Kundenservice furchtbar App stürzt ständig ab danke für die "
    "Hilfe sehr höflich Qualität ausgezeichnet Preis zu hoch nicht empfehlenswert nie wieder bestellen gerne "
    "wieder zwei Wochen gewartet Geld zurückerstattet Verpackung beschädigt alles super enttäuscht",
    "ru": "доставка была быстрой но курьер опоздал на час сервис ужасный приложение постоянно падает спасибо за помощь "
    "оператор вежливый качество товара отличное цена слишком высокая не рекомендую никогда больше буду "
    "заказывать снова ждал ответа две недели деньги вернули вовремя упаковка повреждена всё понравилось",
}


def main() -> None:
    out, megabytes = sys.argv[1], float(sys.argv[2])
    rng = random.Random(20261130)
    words = {language: text.split() for language, text in VOCABULARY.items()}
    languages = sorted(words)
    target = int(megabytes * 1_000_000)
    written = 0
    with open(out, "w", encoding="utf-8") as handle:
        while written < target:
            vocabulary = words[rng.choice(languages)]
            line = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(5, 25)))
            line = line[0].upper() + line[1:] + rng.choice([".", "!", "?", "...", ", ok."])
            if rng.random() < 0.5:
                line += " " + rng.choice(vocabulary).capitalize() + " " + rng.choice(vocabulary) + "."
            line += "\n"
            handle.write(line)
            written += len(line.encode("utf-8"))


if __name__ == "__main__":
    main()
