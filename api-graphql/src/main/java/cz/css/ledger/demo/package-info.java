/** Demo data: Mikroregion Ivančicko's catalogue on first start and, on demand, a living queue of requests. */
package cz.css.ledger.demo;
