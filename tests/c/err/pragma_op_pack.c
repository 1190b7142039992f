#define PACK _Pragma("pack(1)")
PACK
struct s { char a; int b; };
int main(void) { return 0; }
