/* Library object of multi_main.c: lib_unused is dropped by the linker, lib_check traps. */
int lib_unused(int x)
{
    return x * 5 + 1;
}

int lib_check(int x)
{
    if (x == 3)
        __builtin_trap();            /* FAULT */
    return x + 1;
}
