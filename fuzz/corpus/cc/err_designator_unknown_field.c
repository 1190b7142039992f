struct s { int a; };
struct s v = { .b = 1 };
int main(void) { return 0; }
