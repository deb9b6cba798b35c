# Verbatim — two commands: `make demo` and `make test`. Each first installs what a fresh machine
# lacks (pkg-config, libicu-dev, libxml2-dev) before any swift command runs.
SWIFT ?= swift
FORMAT_PATHS := Sources Tests Plugins Package.swift

.PHONY: all deps build release test lint demo bench spark-check clean

all: release

deps:
	@bash scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product verbatim

lint: deps
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

test: lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: release
	@bash scripts/demo.sh

bench: release
	@bash evaluation/bench.sh

spark-check: release
	@bash evaluation/spark/run.sh

clean:
	rm -rf .build
