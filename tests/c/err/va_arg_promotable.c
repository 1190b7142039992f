int first_char(int n, ...)
{
    __builtin_va_list ap;
    __builtin_va_start(ap, n);
    char c = __builtin_va_arg(ap, char);
    __builtin_va_end(ap);
    return c;
}
int main(void) { return first_char(1, 'a'); }
