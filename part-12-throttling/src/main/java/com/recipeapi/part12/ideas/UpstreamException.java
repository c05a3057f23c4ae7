package com.recipeapi.part12.ideas;

/** An ideas source failed: 504 when it was too slow, 502 for any other failure. The message names it. */
public final class UpstreamException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    UpstreamException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
