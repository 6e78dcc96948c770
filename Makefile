# callsim — contact-centre call practice in the terminal.
#   make practice   set up, build, and start a practice call
#   make test       set up, build, and run the whole test suite
SWIFT ?= swift
BIN := .build/debug/callsim

.PHONY: setup build release practice test bench clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

practice: build
	$(BIN) practice

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: setup
	scripts/bench.sh

clean:
	rm -rf .build
