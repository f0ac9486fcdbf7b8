/** Test support shared by the reliability tests and the benchmark: tokens, raw GraphQL, realistic lifecycles. */
package cz.css.ledger.workload;
