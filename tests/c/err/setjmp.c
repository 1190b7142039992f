typedef int jmp_buf[16];
int setjmp(jmp_buf env);
int main(void) {
    jmp_buf b;
    if (setjmp(b)) return 1;
    return 0;
}
