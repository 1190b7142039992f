int f(int);
double f(int);
int main(void) { return 0; }
