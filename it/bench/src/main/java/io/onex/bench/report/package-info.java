/** Turns the raw results of one benchmark run into Markdown tables of figures and ratios against the same run's baselines. */
package io.onex.bench.report;
