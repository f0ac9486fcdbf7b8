/** The benchmark: prints throughput and latency figures side by side with raw PostgreSQL; not a test. */
package cz.css.ledger.benchmark;
