/* The natives every Cockpit device provides, defined once: the host port implements them, the
 * back end maps calls to them, and docs/bytecode.md lists them.
 * X(ID, "name", version, nargs, nrets) -- nargs/nrets count 32-bit registers.
 * In C, a guest declares one with an asm label naming it, e.g.
 *     void ck_print_i32(int v) __asm__("io.print_i32");
 */
#ifndef COCKPIT_NATIVES_H
#define COCKPIT_NATIVES_H

#define CK_NATIVES(X) \
    X(SYS_EXIT,     "sys.exit",     1, 1, 0) \
    X(SYS_HEAP,     "sys.heap",     1, 0, 2) \
    X(IO_PUTCHAR,   "io.putchar",   1, 1, 1) \
    X(IO_WRITE,     "io.write",     1, 2, 1) \
    X(IO_PRINT_I32, "io.print_i32", 1, 1, 0) \
    X(IO_PRINT_U32, "io.print_u32", 1, 1, 0) \
    X(IO_PRINT_I64, "io.print_i64", 1, 2, 0) \
    X(IO_PRINT_U64, "io.print_u64", 1, 2, 0) \
    X(IO_PRINT_X32, "io.print_x32", 1, 1, 0) \
    X(IO_PRINT_X64, "io.print_x64", 1, 2, 0)

#endif
