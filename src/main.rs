//! Trunk's entry point: mounts the widget.

fn main() {
    selfcompassion::start();
}
