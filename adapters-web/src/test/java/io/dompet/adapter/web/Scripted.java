package io.dompet.adapter.web;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A use-case fake: answers each call with a scripted function and remembers what it was called with, so that a test
 * can say what the use case answers and check that it was called, or that it was not.
 */
public final class Scripted<C, R> {

    private final Function<C, R> defaultAnswer;
    private final List<C> calls = new CopyOnWriteArrayList<>();
    private volatile Function<C, R> answer;

    Scripted(Function<C, R> defaultAnswer) {
        this.defaultAnswer = Objects.requireNonNull(defaultAnswer);
        this.answer = defaultAnswer;
    }

    /** From now on, answers every call with {@code answer}. */
    public void answers(Function<C, R> answer) {
        this.answer = Objects.requireNonNull(answer);
    }

    /** From now on, answers every call with {@code result}. */
    public void answersWith(R result) {
        answers(call -> result);
    }

    /** The calls so far, oldest first. */
    public List<C> calls() {
        return List.copyOf(calls);
    }

    R call(C command) {
        calls.add(command);
        return answer.apply(command);
    }

    void reset() {
        calls.clear();
        answer = defaultAnswer;
    }
}
