/** Charts people would rather look at than read, drawn by ECharts (loaded from its webjar) for any feature's screen. */
package com.mentorplatform.ui.charts;
