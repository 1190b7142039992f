int f(a)
int a;
{ return a; }
int main(void) { return 0; }
