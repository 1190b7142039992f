struct pt { int x, y; };
int first_x(int n, ...)
{
    __builtin_va_list ap;
    __builtin_va_start(ap, n);
    struct pt p = __builtin_va_arg(ap, struct pt);
    __builtin_va_end(ap);
    return p.x;
}
int main(void) { struct pt p = { 1, 2 }; return first_x(1, p); }
