"""Reading each line of a list with the lines next to it, as a person reading the list does."""

import numpy as np

# A list keeps related work together: a job page's duties, a checklist's steps, a company's
# tasks grouped by area. A line's neighbours then say which service line it is in when its own
# words do not ("check each link" among a newsletter's steps). The settings were chosen on the
# page lines of 24 rounds, the company lists in their order and shuffled, and page lines in
# random batches of 10 and 40; round 25 of page lines, kept blind, confirmed them (model card).
NEIGHBOURS = 1  # lines read on each side
WEIGHT = 0.5  # how much the neighbours' reading counts against the line's own (an exponent)
# Share of the neighbours' reading spread over every service line: two sure neighbours of
# different service lines must not rule out a third for the line between them.
FLOOR = 0.1
# Lists whose adjacent lines agree less than this on average (Bhattacharyya coefficient of their
# function probabilities) are read line by line. Page lines in random batches scored 0.24 at the
# median and 0.37 or less in nine batches of ten; the lines of one page scored 0.56 and a
# company's tasks in their written order 0.47. Read with their neighbours regardless, lines in
# no order lost 2 to 5 points of function accuracy; behind this gate, 0.3 at most.
AGREEMENT = 0.4
# A line whose function the list changes is no likelier wrong than others, so it raises no review
# flag: with tc6-db6e387776a5, flagging those too took the page lines of thirty-seven rounds read
# as lists from 15.0% flagged / 48.3% of wrong lines caught to 18.3% / 50.5% (three in four such
# lines right), O*NET from 15.3% / 28.4% to 20.2% / 31.2%, and the thirty-eighth round, kept blind,
# from 13.8% / 34.4% to 16.4% / 34.4%.
# Nor do lines read in a list get review thresholds of their own, although the list makes their
# function surer and so flags fewer of them (tc7-15a2efb31302, page lines of fifty-two rounds:
# 15.1% flagged, 50.1% of wrong lines caught, against 19.9% / 53.7% line by line). Chosen for the
# lists the list reading changes, in five folds grouped by page, at 19%: 19.0% / 56.3% out of
# fold, real_dev as lists 8.8% / 55.6% -> 11.8% / 55.6%, but the company lists 22.4% / 50.5% ->
# 29.3% / 61.0%, whose advice already sends 28.3% of their tasks to review against issue 12's 25%.
# Nor do the neighbours tell long-tail work: adding their mean long-tail log-odds to a line's
# (weight 0.15 / 0.3 / 0.5) found 492 / 511 / 528 of the 672 long-tail page lines of forty-nine
# rounds at 951 / 1,023 / 1,138 read as long-tail (476 at 887 without), process 0.886 -> 0.883 /
# 0.880 / 0.872, with tc7-2e85b7cd94bb; 102 company lists moved 0.913 -> 0.914 / 0.915 / 0.911.


def neighbour_agreement(p_function: np.ndarray) -> float:
    """Mean Bhattacharyya coefficient of each pair of adjacent lines' function probabilities."""
    if len(p_function) < 2:
        return 0.0
    return float(np.sqrt(p_function[:-1] * p_function[1:]).sum(axis=1).mean())


def read_in_list(p_function: np.ndarray) -> np.ndarray:
    """Function probabilities of a list's lines, in order, each weighed with its neighbours'.

    Each line's probabilities are multiplied by the mean of its neighbours' (floored) raised to
    WEIGHT and renormalised; a list whose adjacent lines do not agree comes back unchanged.
    """
    if neighbour_agreement(p_function) < AGREEMENT:
        return p_function
    n, labels = p_function.shape
    around = np.zeros_like(p_function)
    count = np.zeros((n, 1))
    for step in range(1, NEIGHBOURS + 1):
        around[step:] += p_function[:-step]
        count[step:] += 1
        around[:-step] += p_function[step:]
        count[:-step] += 1
    prior = (1.0 - FLOOR) * around / count + FLOOR / labels
    weighed = p_function * prior**WEIGHT
    return weighed / weighed.sum(axis=1, keepdims=True)
