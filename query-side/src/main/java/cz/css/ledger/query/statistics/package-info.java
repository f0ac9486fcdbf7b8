/** Facts per request and per satisfaction survey, and the mayor's statistics, analysts' trends and exports computed from them. */
package cz.css.ledger.query.statistics;
