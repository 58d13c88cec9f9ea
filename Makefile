# The project's two commands: `make serve` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_PATH ?= /usr/bin/chromium

.PHONY: setup serve test fmt lint unit wasm-test build e2e size size-check bench screenshots

setup:
	scripts/setup.sh

## Serve the widget at http://127.0.0.1:8080 (rebuilds on change).
serve: setup
	trunk serve --offline

## Run every test: format, clippy, native tests, browser unit tests, release build, size check,
## end-to-end (Chromium and Firefox ESR).
test: setup fmt lint unit wasm-test build size-check e2e

fmt:
	cargo fmt --check

lint:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

unit:
	cargo test

wasm-test:
	cargo test --target wasm32-unknown-unknown --test browser

build:
	trunk build --release --offline

e2e:
	node --test --test-concurrency=1 tests/e2e/

## Print the gzip and brotli size of every file in dist/ (run `make build` first).
size:
	node scripts/size.mjs

size-check:
	node scripts/size.mjs --check

## Benchmarks (figures, not tests): sizes, start-up and memory, Lighthouse, the pacer's timing.
bench: build
	node scripts/size.mjs
	node scripts/bench-startup.mjs 10
	node scripts/bench-lighthouse.mjs
	node scripts/bench-pacer.mjs 60 1
	node scripts/bench-pacer.mjs 60 4

## Screenshots of every screen at phone and desktop width, into tests/e2e/artifacts/.
screenshots: build
	node scripts/screenshots.mjs
