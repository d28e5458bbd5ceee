package kg

import (
	"errors"
	"fmt"
)

// Error codes. Stores and the loader return errors that carry one, so that transports can
// map them (to GraphQL extensions.code, to exit statuses) without knowing the technology.
const (
	ENOTFOUND = "NOT_FOUND"
	EINVALID  = "BAD_USER_INPUT"
	EINTERNAL = "INTERNAL"
	EUNAVAIL  = "UNAVAILABLE"
)

// Error is an error meant for the user: Code classifies it and Message is safe to show.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other
// non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err: the message of its *Error, or
// "internal error" so that no detail of a database or driver reaches a user.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	}
	return "internal error"
}
