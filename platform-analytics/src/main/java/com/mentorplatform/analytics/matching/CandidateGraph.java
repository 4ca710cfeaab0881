package com.mentorplatform.analytics.matching;

import java.util.Arrays;

/**
 * The pairs handed to the solver, as compressed rows: row r is open mentee {@code mentees[r]}, its
 * candidate mentors are {@code mentor[rowStart[r] .. rowStart[r+1])} with their scores.
 */
final class CandidateGraph {

    final int[] mentees;
    final int[] rowStart;
    final int[] mentor;
    final int[] score;
    final int mentorCount;

    CandidateGraph(int[] mentees, int[] rowStart, int[] mentor, int[] score, int mentorCount) {
        this.mentees = mentees;
        this.rowStart = rowStart;
        this.mentor = mentor;
        this.score = score;
        this.mentorCount = mentorCount;
    }

    int rows() {
        return mentees.length;
    }

    int arcs() {
        return rowStart[mentees.length];
    }

    /** Appends arcs row by row; used while building. */
    static final class Builder {
        private final int[] mentees;
        private final int[] rowStart;
        private int[] mentor = new int[1024];
        private int[] score = new int[1024];
        private int size;
        private int row;

        Builder(int[] mentees) {
            this.mentees = mentees;
            this.rowStart = new int[mentees.length + 1];
        }

        void add(int mentorNumber, int pairScore) {
            if (size == mentor.length) {
                mentor = Arrays.copyOf(mentor, size * 2);
                score = Arrays.copyOf(score, size * 2);
            }
            mentor[size] = mentorNumber;
            score[size++] = pairScore;
        }

        void endRow() {
            rowStart[++row] = size;
        }

        CandidateGraph build(int mentorCount) {
            return new CandidateGraph(mentees, rowStart, Arrays.copyOf(mentor, size), Arrays.copyOf(score, size), mentorCount);
        }
    }
}
