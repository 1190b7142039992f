typedef int arr[3];
arr f(void);
int main(void) { return 0; }
