"""The zkEVM's sub-circuits: build each from a trace, inspect its tables,
mock-prove, prove and verify. One module per sub-circuit."""
