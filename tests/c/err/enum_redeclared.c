enum { A, B };
int A;
int main(void) { return 0; }
