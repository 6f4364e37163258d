class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
def walk(n):
    total = 0
    while True:
        total += n.val
        n = n.next
head = Node(1)
head.next = Node(2)
print('walking')
walk(head)
