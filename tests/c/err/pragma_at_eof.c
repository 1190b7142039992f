/* _Pragma as the last token of a file (found by fuzz/cc: it used to read past the end) */
int main(void) { return 0; }
_Pragma
