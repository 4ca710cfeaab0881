/**
 * Charts people would rather look at than read, drawn by ECharts (loaded once per session from its webjar) in the
 * Okabe–Ito colours, and what goes with them on any feature's screen: key-figure cards, each chart's data as a
 * table, and download links that fetch a file from the API when clicked.
 */
package com.mentorplatform.ui.charts;
