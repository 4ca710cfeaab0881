package com.mentorplatform.ui.charts;

/**
 * The Okabe–Ito colours: told apart by people with the common colour-vision deficiencies. Every chart takes its
 * colours from here, in this order where the order does not carry meaning.
 */
public final class Palette {

    public static final String BLUE = "#0072B2";
    public static final String ORANGE = "#E69F00";
    public static final String GREEN = "#009E73";
    public static final String PINK = "#CC79A7";
    public static final String SKY = "#56B4E9";
    public static final String VERMILLION = "#D55E00";
    public static final String GREY = "#8C8C8C";

    private Palette() {}
}
