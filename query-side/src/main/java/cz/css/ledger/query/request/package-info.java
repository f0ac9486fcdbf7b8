/** Read model of citizen requests: the staff queue, each request's detail and its timeline for auditors. */
package cz.css.ledger.query.request;
