package io.dosql.query.node;

import java.util.Objects;

/** {@code for update|share [nowait|skip locked]}. */
public record LockNode(Strength strength, Wait waitPolicy) implements OperationNode {
    /** Which rows lock is taken. */
    public enum Strength { UPDATE, SHARE }

    /** What to do when a row is already locked. */
    public enum Wait { WAIT, NOWAIT, SKIP_LOCKED }

    public LockNode {
        Objects.requireNonNull(strength, "strength is null");
        Objects.requireNonNull(waitPolicy, "waitPolicy is null");
    }

    public LockNode withWaitPolicy(Wait newWait) {
        return new LockNode(strength, newWait);
    }

    @Override
    public <R> R accept(OperationNodeVisitor<R> visitor) {
        return visitor.visitLock(this);
    }
}
