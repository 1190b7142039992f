/* <assert.h> for Cockpit C: a failed assertion prints "FILE:LINE: FUNC: Assertion `EXPR'
 * failed." on the console and calls abort() (exit status 134). Not include-guarded, as C asks:
 * each inclusion follows the current NDEBUG. */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
_Noreturn void __ck_assert_fail(const char *expr, const char *file, int line, const char *func);
#define assert(e) ((e) ? (void)0 : __ck_assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#ifndef static_assert
#define static_assert _Static_assert
#endif
