# ruff: noqa: E501
"""Name pools of held-out HF (issue 15): who is named, and how often people carry each name.

Python data, written by HF's writer from general knowledge of the published name statistics, not
checked against anything in the repository (no name is left out for being known or unknown):

- Sweden: given names of women and men and surnames in the order of SCB's name statistics
  (weight 1/rank); the head is the top 150, the tail the rarer names past them.
- The US: the Census 1990 lists (public domain), copied from the `names` package's
  `dist.female.first`, `dist.male.first` and `dist.all.last`; the census per cent is the weight,
  the head the top 150.
- The UK: given names and surnames in the order of the ONS rankings (1/rank, head 150).
- Origins common in Sweden: the commonest given names and surnames of each (1/rank, head 10).

`MIXES` says who is named in Swedish, English and mixed text; `NICKNAMES` holds short forms.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _split(text: str) -> tuple[str, ...]:
    names = tuple(" ".join(part.split()) for part in text.split(",") if part.strip())
    doubles = {n for n in names if names.count(n) > 1}
    assert not doubles, doubles
    return names


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _split(text)
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(text: str, head: int = 150) -> Pool:
    """`Name per-cent` pairs in the census's order, the per cent the weight."""
    rows = [entry.rsplit(" ", 1) for entry in _split(text)]
    return Pool(tuple(n for n, _ in rows), tuple(float(p) for _, p in rows), head)


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđe` -> `Djordje`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski`/`-cki`/`-dzki` end in `-a`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


US_F = """
Mary 2.629, Patricia 1.073, Linda 1.035, Barbara 0.980, Elizabeth 0.937, Jennifer 0.932, Maria
0.828, Susan 0.794, Margaret 0.768, Dorothy 0.727, Lisa 0.704, Nancy 0.669, Karen 0.667, Betty
0.666, Helen 0.663, Sandra 0.629, Donna 0.583, Carol 0.565, Ruth 0.562, Sharon 0.522, Michelle
0.519, Laura 0.510, Sarah 0.508, Kimberly 0.504, Deborah 0.494, Jessica 0.490, Shirley 0.482,
Cynthia 0.469, Angela 0.468, Melissa 0.462, Brenda 0.455, Amy 0.451, Anna 0.440, Rebecca 0.430,
Virginia 0.430, Kathleen 0.424, Pamela 0.416, Martha 0.412, Debra 0.408, Amanda 0.404, Stephanie
0.400, Carolyn 0.385, Christine 0.382, Marie 0.379, Janet 0.379, Catherine 0.373, Frances 0.370,
Ann 0.364, Joyce 0.364, Diane 0.359, Alice 0.357, Julie 0.348, Heather 0.337, Teresa 0.336,
Doris 0.335, Gloria 0.335, Evelyn 0.322, Jean 0.315, Cheryl 0.315, Mildred 0.313, Katherine
0.313, Joan 0.306, Ashley 0.303, Judith 0.297, Rose 0.296, Janice 0.285, Kelly 0.283, Nicole
0.281, Judy 0.276, Christina 0.275, Kathy 0.272, Theresa 0.271, Beverly 0.267, Denise 0.264,
Tammy 0.259, Irene 0.252, Jane 0.250, Lori 0.248, Rachel 0.242, Marilyn 0.241, Andrea 0.236,
Kathryn 0.234, Louise 0.229, Sara 0.229, Anne 0.228, Jacqueline 0.228, Wanda 0.226, Bonnie
0.223, Julia 0.223, Ruby 0.221, Lois 0.220, Tina 0.220, Phyllis 0.219, Norma 0.218, Paula 0.217,
Diana 0.216, Annie 0.216, Lillian 0.211, Emily 0.208, Robin 0.208, Peggy 0.208, Crystal 0.207,
Gladys 0.205, Rita 0.204, Dawn 0.202, Connie 0.200, Florence 0.200, Tracy 0.197, Edna 0.197,
Tiffany 0.195, Carmen 0.195, Rosa 0.194, Cindy 0.192, Grace 0.189, Wendy 0.185, Victoria 0.180,
Edith 0.179, Kim 0.178, Sherry 0.178, Sylvia 0.177, Josephine 0.177, Thelma 0.175, Shannon
0.175, Sheila 0.175, Ethel 0.174, Ellen 0.173, Elaine 0.173, Marjorie 0.173, Carrie 0.171,
Charlotte 0.169, Monica 0.166, Esther 0.166, Pauline 0.165, Emma 0.165, Juanita 0.164, Anita
0.162, Rhonda 0.162, Hazel 0.161, Amber 0.160, Eva 0.159, Debbie 0.157, April 0.154, Leslie
0.154, Clara 0.153, Lucille 0.153, Jamie 0.153, Joanne 0.150, Eleanor 0.150, Valerie 0.149,
Danielle 0.149, Megan 0.147, Alicia 0.146, Suzanne 0.145, Michele 0.145, Gail 0.145, Bertha
0.143, Darlene 0.142, Veronica 0.142, Jill 0.142, Erin 0.141, Geraldine 0.141, Lauren 0.137,
Cathy 0.137, Joann 0.136, Lorraine 0.135, Lynn 0.135, Sally 0.135, Regina 0.133, Erica 0.130,
Beatrice 0.130, Dolores 0.129, Bernice 0.128, Audrey 0.127, Yvonne 0.126, Annette 0.125, June
0.125, Samantha 0.124, Marion 0.122, Dana 0.122, Stacy 0.121, Ana 0.120, Renee 0.120, Ida 0.118,
Vivian 0.118, Roberta 0.117, Holly 0.117, Brittany 0.117, Melanie 0.116, Loretta 0.115, Yolanda
0.115, Jeanette 0.115, Laurie 0.114, Katie 0.113, Kristen 0.111, Vanessa 0.111, Alma 0.111, Sue
0.111, Elsie 0.110, Beth 0.110, Jeanne 0.109, Vicki 0.109, Carla 0.107, Tara 0.107, Rosemary
0.107, Eileen 0.105, Terri 0.105, Gertrude 0.103, Lucy 0.103, Tonya 0.102, Ella 0.101, Stacey
0.101, Wilma 0.099, Gina 0.099, Kristin 0.099, Jessie 0.098, Natalie 0.098, Agnes 0.098, Vera
0.098, Willie 0.097, Charlene 0.097, Bessie 0.096, Delores 0.095, Melinda 0.094, Pearl 0.094,
Arlene 0.094, Maureen 0.092, Colleen 0.092, Allison 0.092, Tamara 0.092, Joy 0.091, Georgia
0.091, Constance 0.091, Lillie 0.090, Claudia 0.090, Jackie 0.090, Marcia 0.090, Tanya 0.089,
Nellie 0.089, Minnie 0.089, Marlene 0.088, Heidi 0.088, Glenda 0.088, Lydia 0.086, Viola 0.086,
Courtney 0.086, Marian 0.086, Stella 0.085, Caroline 0.085, Dora 0.084, Jo 0.083, Vickie 0.082,
Mattie 0.081, Terry 0.080, Maxine 0.079, Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078,
Lena 0.077, Christy 0.077, Deanna 0.076, Patsy 0.076, Hilda 0.075, Gwendolyn 0.074, Jennie
0.073, Nora 0.073, Margie 0.072, Nina 0.072, Cassandra 0.072, Leah 0.072, Penny 0.071, Kay
0.071, Priscilla 0.071, Naomi 0.071, Carole 0.071, Brandy 0.070, Olga 0.070, Billie 0.069,
Dianne 0.069, Tracey 0.069, Leona 0.069, Jenny 0.068, Felicia 0.068, Sonia 0.068, Miriam 0.066,
Velma 0.066, Becky 0.066, Bobbie 0.065, Violet 0.065, Kristina 0.065, Toni 0.064, Misty 0.063,
Mae 0.063, Shelly 0.062, Daisy 0.062, Ramona 0.062, Sherri 0.062, Erika 0.061, Katrina 0.061,
Claire 0.061, Lindsey 0.060, Lindsay 0.060, Geneva 0.059, Guadalupe 0.059, Belinda 0.059,
Margarita 0.059, Sheryl 0.059, Cora 0.058, Faye 0.058, Ada 0.057, Natasha 0.057, Sabrina 0.057,
Isabel 0.057, Marguerite 0.056, Hattie 0.056, Harriet 0.056, Molly 0.055, Cecilia 0.055, Kristi
0.055, Brandi 0.055, Blanche 0.055, Sandy 0.055, Rosie 0.055, Joanna 0.055, Iris 0.055, Eunice
0.054, Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia 0.052, Alberta 0.052,
Genevieve 0.051, Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051, Kayla 0.051, Sonya 0.051,
Jan 0.051, Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050, Maryann 0.050, Opal 0.050,
Alison 0.050, Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049, Olivia 0.049, Flora 0.049,
Shelley 0.049, Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048, Verna 0.048, Beulah 0.048,
Antoinette 0.048, Candice 0.046, Juana 0.046, Jeannette 0.046, Pam 0.046, Kelli 0.046, Hannah
0.045, Whitney 0.045, Bridget 0.045, Karla 0.044, Celia 0.044, Latoya 0.043, Patty 0.043, Shelia
0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne 0.043, Sheri 0.042, Marianne 0.042, Kara
0.041, Jacquelyn 0.041, Erma 0.041, Blanca 0.041, Myra 0.040, Leticia 0.040, Pat 0.040, Krista
0.040, Roxanne 0.040, Angelica 0.039, Johnnie 0.039, Robyn 0.039, Francis 0.039, Adrienne 0.039,
Rosalie 0.039, Alexandra 0.039, Brooke 0.039, Bethany 0.039, Sadie 0.039, Bernadette 0.039
"""
US_M = """
James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363, Richard 1.703,
Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974, Paul 0.948, Mark
0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779, Brian 0.736,
Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary 0.650, Timothy 0.640,
Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric 0.544, Stephen 0.540,
Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432, Dennis 0.415, Walter
0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367, Henry 0.365, Carl 0.346, Arthur
0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.316, Jack 0.315, Albert 0.314, Jonathan 0.313,
Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308, Samuel 0.306, Willie 0.302, Ralph 0.282,
Lawrence 0.282, Nicholas 0.275, Roy 0.273, Benjamin 0.270, Bruce 0.263, Brandon 0.260, Adam
0.259, Harry 0.251, Fred 0.251, Wayne 0.249, Billy 0.248, Steve 0.246, Louis 0.243, Jeremy
0.242, Aaron 0.240, Randy 0.232, Howard 0.230, Eugene 0.230, Carlos 0.229, Russell 0.224, Bobby
0.223, Victor 0.222, Martin 0.216, Ernest 0.215, Phillip 0.213, Todd 0.213, Jesse 0.209, Craig
0.206, Alan 0.204, Shawn 0.200, Clarence 0.197, Sean 0.197, Philip 0.197, Chris 0.197, Johnny
0.195, Earl 0.193, Jimmy 0.191, Antonio 0.190, Danny 0.190, Bryan 0.190, Tony 0.190, Luis 0.189,
Mike 0.189, Stanley 0.186, Leonard 0.186, Nathan 0.185, Dale 0.184, Manuel 0.181, Rodney 0.180,
Curtis 0.180, Norman 0.177, Allen 0.174, Marvin 0.171, Vincent 0.168, Glenn 0.167, Jeffery
0.166, Travis 0.166, Jeff 0.166, Chad 0.165, Jacob 0.165, Lee 0.162, Melvin 0.162, Alfred 0.162,
Kyle 0.160, Francis 0.160, Bradley 0.159, Jesus 0.155, Herbert 0.155, Frederick 0.154, Ray
0.153, Joel 0.152, Edwin 0.148, Don 0.145, Eddie 0.144, Ricky 0.141, Troy 0.138, Randall 0.138,
Barry 0.134, Alexander 0.132, Bernard 0.127, Mario 0.125, Leroy 0.125, Francisco 0.124, Marcus
0.124, Micheal 0.123, Theodore 0.123, Clifford 0.123, Miguel 0.122, Oscar 0.122, Jay 0.118, Jim
0.118, Tom 0.117, Calvin 0.115, Alex 0.115, Jon 0.115, Ronnie 0.113, Bill 0.112, Lloyd 0.112,
Tommy 0.112, Leon 0.112, Derek 0.112, Warren 0.110, Darrell 0.108, Jerome 0.108, Floyd 0.107,
Leo 0.106, Alvin 0.105, Tim 0.104, Wesley 0.104, Gordon 0.104, Dean 0.104, Greg 0.104, Jorge
0.104, Dustin 0.103, Pedro 0.103, Derrick 0.103, Dan 0.101, Lewis 0.099, Zachary 0.099, Corey
0.098, Herman 0.097, Maurice 0.097, Vernon 0.097, Roberto 0.097, Clyde 0.095, Glen 0.094, Hector
0.094, Shane 0.093, Ricardo 0.093, Sam 0.092, Rick 0.091, Lester 0.091, Brent 0.090, Ramon
0.090, Charlie 0.090, Tyler 0.089, Gilbert 0.089, Gene 0.087, Marc 0.087, Reginald 0.084, Ruben
0.082, Brett 0.082, Angel 0.082, Nathaniel 0.081, Rafael 0.081, Leslie 0.081, Edgar 0.080,
Milton 0.080, Raul 0.079, Ben 0.078, Chester 0.078, Cecil 0.078, Duane 0.077, Franklin 0.077,
Andre 0.076, Elmer 0.074, Brad 0.073, Gabriel 0.073, Ron 0.072, Mitchell 0.072, Roland 0.072,
Arnold 0.072, Harvey 0.072, Jared 0.071, Adrian 0.069, Karl 0.069, Cory 0.068, Claude 0.068,
Erik 0.068, Darryl 0.067, Jamie 0.066, Neil 0.066, Jessie 0.065, Christian 0.065, Javier 0.065,
Fernando 0.065, Clinton 0.065, Ted 0.064, Mathew 0.064, Tyrone 0.064, Darren 0.064, Lonnie
0.064, Lance 0.063, Cody 0.063, Julio 0.063, Kelly 0.063, Kurt 0.062, Allan 0.061, Nelson 0.061,
Guy 0.060, Clayton 0.060, Hugh 0.060, Max 0.059, Dwayne 0.059, Dwight 0.058, Armando 0.058,
Felix 0.058, Jimmie 0.058, Everett 0.057, Jordan 0.056, Ian 0.056, Wallace 0.056, Ken 0.055, Bob
0.055, Jaime 0.055, Casey 0.054, Alfredo 0.054, Alberto 0.053, Dave 0.053, Ivan 0.053, Johnnie
0.052, Sidney 0.052, Byron 0.052, Julian 0.052, Isaac 0.051, Morris 0.051, Clifton 0.050,
Willard 0.050, Daryl 0.050, Ross 0.050, Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador
0.049, Perry 0.049, Kirk 0.049, Sergio 0.049, Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048,
Terrance 0.048, Rene 0.048, Eduardo 0.047, Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade
0.045, Austin 0.044, Stuart 0.044, Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043,
Joey 0.043, Nick 0.043, Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042,
Dana 0.042, Donnie 0.041, Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040,
Homer 0.040, Gerard 0.040, Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039,
Lyle 0.038, Matt 0.038, Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037,
Ernesto 0.037, Cameron 0.037, Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur 0.036,
Blake 0.036, Grant 0.036, Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035, Willis
0.035, Rickey 0.035, Jean 0.035, Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan 0.034, Malcolm
0.034, Rudolph 0.034, Damon 0.034, Kelvin 0.034, Rudy 0.034, Preston 0.034, Alton 0.033, Archie
0.033, Marco 0.033, Pete 0.032, Randolph 0.032, Garry 0.032, Geoffrey 0.032, Jonathon 0.032,
Felipe 0.032, Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic 0.032, Robin 0.032, Loren 0.032,
Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031, Lucas 0.031, Benny 0.030, Noel
0.030, Spencer 0.030, Rodolfo 0.030, Myron 0.030, Edmund 0.030, Garrett 0.029, Salvatore 0.029,
Cedric 0.029, Lowell 0.029, Gregg 0.029, Sherman 0.028, Wilson 0.028, Devin 0.028, Sylvester
0.028, Kim 0.028, Roosevelt 0.028, Israel 0.028, Jermaine 0.028, Forrest 0.027
"""
US_S = """
Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480, Miller 0.424,
Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311, Jackson 0.310, White
0.279, Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254, Martinez 0.234, Robinson 0.233,
Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220, Walker 0.219, Hall 0.200, Allen 0.199,
Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189, Lopez 0.187, Hill 0.187, Scott 0.185,
Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166, Nelson 0.162, Carter 0.162, Mitchell
0.160, Perez 0.155, Roberts 0.153, Turner 0.152, Phillips 0.149, Campbell 0.149, Parker 0.146,
Evans 0.141, Edwards 0.137, Collins 0.134, Stewart 0.133, Sanchez 0.130, Morris 0.125, Rogers
0.123, Reed 0.122, Cook 0.120, Morgan 0.118, Bell 0.117, Murphy 0.117, Bailey 0.115, Rivera
0.113, Cooper 0.113, Richardson 0.112, Cox 0.110, Howard 0.110, Ward 0.108, Torres 0.108,
Peterson 0.107, Gray 0.106, Ramirez 0.105, James 0.105, Watson 0.103, Brooks 0.103, Kelly 0.102,
Sanders 0.100, Price 0.099, Bennett 0.099, Wood 0.098, Barnes 0.097, Ross 0.096, Henderson
0.095, Coleman 0.095, Jenkins 0.095, Perry 0.094, Powell 0.093, Long 0.092, Patterson 0.092,
Hughes 0.092, Flores 0.092, Washington 0.092, Butler 0.091, Simmons 0.091, Foster 0.091,
Gonzales 0.087, Bryant 0.087, Alexander 0.085, Russell 0.085, Griffin 0.084, Diaz 0.084, Hayes
0.083, Myers 0.083, Ford 0.082, Hamilton 0.082, Graham 0.082, Sullivan 0.081, Wallace 0.081,
Woods 0.080, Cole 0.080, West 0.080, Jordan 0.078, Owens 0.078, Reynolds 0.078, Fisher 0.077,
Ellis 0.077, Harrison 0.076, Gibson 0.075, McDonald 0.075, Cruz 0.075, Marshall 0.075, Ortiz
0.075, Gomez 0.075, Murray 0.074, Freeman 0.074, Wells 0.073, Webb 0.072, Simpson 0.070, Stevens
0.070, Tucker 0.070, Porter 0.069, Hunter 0.069, Hicks 0.069, Crawford 0.068, Henry 0.068, Boyd
0.068, Mason 0.068, Morales 0.067, Kennedy 0.067, Warren 0.067, Dixon 0.066, Ramos 0.066, Reyes
0.066, Burns 0.065, Gordon 0.065, Shaw 0.065, Holmes 0.065, Rice 0.064, Robertson 0.064, Hunt
0.063, Black 0.063, Daniels 0.062, Palmer 0.062, Mills 0.061, Nichols 0.060, Grant 0.060, Knight
0.060, Ferguson 0.059, Rose 0.059, Stone 0.059, Hawkins 0.059, Dunn 0.058, Perkins 0.058, Hudson
0.058, Spencer 0.057, Gardner 0.057, Stephens 0.057, Payne 0.057, Pierce 0.056, Berry 0.056,
Matthews 0.056, Arnold 0.056, Wagner 0.055, Willis 0.055, Ray 0.055, Watkins 0.055, Olson 0.055,
Carroll 0.055, Duncan 0.055, Snyder 0.055, Hart 0.054, Cunningham 0.054, Bradley 0.054, Lane
0.054, Andrews 0.054, Ruiz 0.054, Harper 0.054, Fox 0.053, Riley 0.053, Armstrong 0.053,
Carpenter 0.053, Weaver 0.053, Greene 0.053, Lawrence 0.052, Elliott 0.052, Chavez 0.052, Sims
0.052, Austin 0.052, Peters 0.052, Kelley 0.052, Franklin 0.051, Lawson 0.051, Fields 0.051,
Gutierrez 0.051, Ryan 0.051, Schmidt 0.051, Carr 0.051, Vasquez 0.051, Castillo 0.051, Wheeler
0.051, Chapman 0.050, Oliver 0.050, Montgomery 0.049, Richards 0.049, Williamson 0.049, Johnston
0.049, Banks 0.048, Meyer 0.048, Bishop 0.048, McCoy 0.048, Howell 0.048, Alvarez 0.048,
Morrison 0.048, Hansen 0.047, Fernandez 0.047, Garza 0.047, Harvey 0.047, Little 0.046, Burton
0.046, Stanley 0.046, Nguyen 0.046, George 0.046, Jacobs 0.046, Reid 0.046, Kim 0.045, Fuller
0.045, Lynch 0.045, Dean 0.045, Gilbert 0.045, Garrett 0.045, Romero 0.045, Welch 0.044, Larson
0.044, Frazier 0.044, Burke 0.044, Hanson 0.043, Day 0.043, Mendoza 0.043, Moreno 0.043, Bowman
0.043, Medina 0.042, Fowler 0.042, Brewer 0.042, Hoffman 0.042, Carlson 0.042, Silva 0.042,
Pearson 0.042, Holland 0.042, Douglas 0.041, Fleming 0.041, Jensen 0.041, Vargas 0.041, Byrd
0.041, Davidson 0.041, Hopkins 0.041, May 0.040, Terry 0.040, Herrera 0.040, Wade 0.040, Soto
0.040, Walters 0.040, Curtis 0.040, Neal 0.039, Caldwell 0.039, Lowe 0.039, Jennings 0.039,
Barnett 0.039, Graves 0.039, Jimenez 0.039, Horton 0.039, Shelton 0.039, Barrett 0.039, O'Brien
0.039, Castro 0.039, Sutton 0.038, Gregory 0.038, McKinney 0.038, Lucas 0.038, Miles 0.038,
Craig 0.038, Rodriquez 0.037, Chambers 0.037, Holt 0.037, Lambert 0.037, Fletcher 0.037, Watts
0.037, Bates 0.037, Hale 0.037, Rhodes 0.037, Pena 0.037, Beck 0.037, Newman 0.036, Haynes
0.036, McDaniel 0.036, Mendez 0.036, Bush 0.036, Vaughn 0.036, Parks 0.035, Dawson 0.035,
Santiago 0.035, Norris 0.035, Hardy 0.035, Love 0.035, Steele 0.035, Curry 0.035, Powers 0.035,
Schultz 0.035, Barker 0.035, Guzman 0.034, Page 0.034, Munoz 0.034, Ball 0.034, Keller 0.034,
Chandler 0.034, Weber 0.034, Leonard 0.034, Walsh 0.033, Lyons 0.033, Ramsey 0.033, Wolfe 0.033,
Schneider 0.033, Mullins 0.033, Benson 0.033, Sharp 0.033, Bowen 0.033, Daniel 0.033, Barber
0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032, Griffith 0.032, Valdez 0.032, Hubbard 0.032,
Salazar 0.032, Reeves 0.032, Warner 0.031, Stevenson 0.031, Burgess 0.031, Santos 0.031, Tate
0.031, Cross 0.031, Garner 0.031, Mann 0.031, Mack 0.031, Moss 0.031, Thornton 0.031, Dennis
0.031, McGee 0.031, Farmer 0.030, Delgado 0.030, Aguilar 0.030, Vega 0.030, Glover 0.030,
Manning 0.030, Cohen 0.030, Harmon 0.030, Rodgers 0.030, Robbins 0.030, Newton 0.030, Todd
0.030, Blair 0.030, Higgins 0.030, Ingram 0.030, Reese 0.030, Cannon 0.030, Strickland 0.030,
Townsend 0.030, Potter 0.030, Goodwin 0.030, Walton 0.030, Rowe 0.029, Hampton 0.029, Ortega
0.029, Patton 0.029, Swanson 0.029, Joseph 0.029, Francis 0.029, Goodman 0.029, Maldonado 0.029,
Yates 0.029, Becker 0.029, Erickson 0.029, Hodges 0.029, Rios 0.029, Conner 0.029, Adkins 0.029,
Webster 0.028, Norman 0.028, Malone 0.028, Hammond 0.028, Flowers 0.028, Cobb 0.028, Moody
0.028, Quinn 0.028, Blake 0.028, Maxwell 0.028, Pope 0.028, Floyd 0.027, Osborne 0.027, Paul
0.027, McCarthy 0.027, Guerrero 0.027, Lindsey 0.027, Estrada 0.027, Sandoval 0.027, Gibbs
0.027, Tyler 0.027, Gross 0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027
"""


# Sweden (SCB's ranks; the tail past the top 150 holds the rarer names).
SV_F = ranked(
    """
    Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Emma, Kerstin, Ingrid, Marie, Malin, Hanna,
    Jenny, Linda, Sofia, Elin, Annika, Birgitta, Susanne, Monica, Julia, Johanna, Ida, Ulla,
    Camilla, Elisabeth, Carina, Linnéa, Inger, Helena, Sandra, Åsa, Anneli, Ebba, Maja, Cecilia,
    Matilda, Frida, Elsa, Alice, Amanda, Agneta, Therese, Lisa, Gunilla, Ann, Alva, Louise, Klara,
    Margareta, Josefin, Emelie, Wilma, Ella, Charlotte, Barbro, Moa, Caroline, Victoria, Madeleine,
    Ellen, Siv, Britt, Gunnel, Anette, Pia, Jessica, Lina, Sofie, Mona, Astrid, Stina, Elisabet,
    Marianne, Yvonne, Ingela, Ulrika, Rebecka, Felicia, Olivia, Ellinor, Nathalie, Tove,
    Britt-Marie, Ann-Christin, Ewa, Saga, Agnes, Vera, Alma, Selma, Signe, Tilda, Nora, Freja,
    Emilia, Lovisa, Isabelle, Tyra, Linn, Lova, Mikaela, Gun, Katarina, Anita, Ann-Marie, Ylva,
    Petra, Viktoria, Anna-Karin, Veronica, Gabriella, Erika, Evelina, Fanny, Molly, Elvira, Ester,
    Hedvig, Sonja, Märta, Marita, Rut, Solveig, Irene, Rose-Marie, Lisbeth, Jeanette, Annelie,
    Ingegerd, Kristin, Emilie, Mia, Nina, Paulina, Angelica, Catharina, Hillevi, Kajsa, Sanna,
    Jennie, Ronja, Nellie, Mira, Tuva, Hilda, Majken, Idun, Liv,
    Elise, Thea, Meja, Ines, Juni, Iris, Greta, Stella, Sigrid, Edith, Elina, Livia, Cornelia,
    Estelle, Leah, Hedda, Bianca, Melina, Minna, Ingeborg, Gudrun, Margit, Gunhild, Elna, Dagny,
    Hjördis, Svea, Tora, Elly, Ingegärd, Laila, Lillemor, Berit, Inga, Gerd, Vivianne, Vivi, Maud,
    Ulla-Britt, Eva-Lena, Ann-Sofie, Anna-Lena, Marie-Louise, Carin, Cathrine, Catrin, Kristine,
    Jannike, Linnea, Josefine, Emmy, Tindra, Alicia, Nova, Elinor, Malva, Lykke, Valborg, Aurora,
    Vanja, Rakel, Judit, Miriam, Rebecca, Sabina, Magdalena, Charlotta, Henrietta, Beatrice,
    Therése, Tina, Mimmi, Elvina, Alexandra, Jasmine, Amelia, Celine, Ellie, Tilde, Lilly, Marina,
    Sylvia, Désirée, Jill, Helene, Karolina, Madelene, Filippa, Ottilia, Maj, Maj-Britt,
    Inga-Lill, Ingalill, Ann-Louise, Gunvor, Birgit, Irma, Elvy, Anny, Asta, Ragnhild, Alfhild,
    Sigbritt, Görel, Gullvi, Harriet, Mette, Pernilla, Ulrica, Annette, Susann, Yvette, Lisette,
    Johanne, Lovis, Mathilda, Emely, Evelyn, Tekla, Vilda, Edla, Hulda, Agda, Frideborg, Ninni,
    Mari, Kristel, Lise-Lott, Ann-Katrin, Eva-Britt, Gun-Britt, Anne, Annelise,
    Margaretha, Birgita, Brita, Elsie, Evy, Gunnvor, Ingalena, Jonna, Kaisa, Lena-Maria,
    Mariana, Marlene, Mikaella, Nadja, Nathalia, Pauline, Ramona, Sally, Siri, Svanhild,
    Tea, Vendela, Viveka, Wendela, Åsa-Lena,
    Ingvor, Gunbritt, Aina, Alida, Amalia, Annbritt, Bodil,
    Dagmar, Elisa, Emmeli, Fia, Gertrud, Gunda, Helmi, Ingrid-Marie, Isa, Janina, Jessika,
    Karina, Lea, Lejla, Lilian, Lisen, Lotten, Maj-Lis, Malena, Meta,
    Mirja, Nanna, Ottilie, Runa, Selina, Silvia, Sofi, Solvig, Ann-Charlotte, Eva-Karin, Embla, Majvor, Majlis, Solbritt, Ingbritt, Valentina, Vilma, Britta, Cajsa, Ann-Margret, Ann-Britt, Anne-Marie, Ann-Kristin, Ann-Mari, Marit, Nelly, Alexia, Emmie, Elsy, Lis
    """,
    150,
)
SV_M = ranked(
    """
    Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans,
    Andreas, Stefan, Mats, Magnus, Bengt, Jonas, Mattias, Nils, Alexander, Sven, Björn, Marcus,
    Martin, Bo, Leif, Oskar, Henrik, Göran, Ulf, Gustav, Viktor, Kjell, Christer, Patrik, Robert,
    Simon, Emil, David, Tommy, Joakim, Niklas, Anton, Roger, Rolf, Lennart, Håkan, Filip, William,
    Gunnar, Kent, Johannes, Sebastian, Carl, Axel, Christoffer, Jesper, Hugo, Elias, Lucas, Oscar,
    Rasmus, Tobias, Ingvar, Kenneth, Robin, Claes, Linus, Kristoffer, Jörgen, Torbjörn, Olof, Dan,
    Leo, Liam, Adam, Isak, Vincent, Ludvig, Albin, Noah, Theo, Arvid, Edvin, Alfred, Love, Hampus,
    Jakob, Jacob, Max, Melvin, Elliot, Sixten, Måns, Arne, Roland, Ove, Sten, Bertil, Åke, Stig,
    Rune, Jimmy, Conny, Tomas, Pär, Sture, Gösta, Kurt, Jens, Pontus, Ronny, Tord, Urban, Dennis,
    Benny, Glenn, Lars-Erik, Karl-Erik, Per-Olof, Jan-Erik, Harald, Folke, Sune, Yngve, Eskil,
    Ivar, Einar, Evert, Gert, Mohammed, Oliver, Olle, Valter, Vilgot, Melker, Wilhelm, Otto, Frans,
    Samuel, Gabriel, Benjamin, Felix, Casper, Victor, Ebbe, Malte,
    Colin, Loke, Kevin, Jonathan, Josef, Tim, Tom, Wilmer, Ville, Vidar, Harry, Charlie, Nicklas,
    Christian, Kristian, Mathias, Markus, Jöns, Helge, Holger, Inge, Ingemar, Lennie, Lorentz,
    Nils-Erik, Nils-Olov, Per-Anders, Jan-Olof, Sven-Erik, Bengt-Göran, Lars-Göran, Karl-Johan,
    Carl-Johan, Hans-Erik, Per-Erik, Stig-Arne, Sven-Olof, Bror, Birger, Elof, Gottfrid, Hilding,
    Ragnar, Sigvard, Sölve, Tage, Torsten, Valdemar, Verner, Vilhelm, Östen, Allan, Alvar, Assar,
    Eddie, Egon, Enar, Gillis, Göte, Halvar, Helmer, Herbert, Hjalmar, Ingmar, Ingolf, Jarl,
    Kennet, Knut, Krister, Leon, Lukas, Mauritz, Mårten, Natanael, Nore, Orvar, Rikard, Rickard,
    Roine, Ruben, Seth, Staffan, Sverker, Thorsten, Tor, Torgny, Uno, Valentin, Vide, Viggo,
    Wiktor, Adrian, Alvin, Aron, Dante, Douglas, Edward, Eric, Fabian, Frank, Fredric, Gustaf,
    Henry, Jack, Joel, Julius, Kasper, Matteus, Milo, Mio, Neo, Nicolas, Noel, Otis, Rafael, Sam,
    Sigurd, Svante, Teodor, Thor, Tristan, Vilmer, Walter, Joar, Hannes, Ivan, Jon, Kim,
    Lars-Olof, Mats-Olov, Ola, Olav, Patric, Paul, Reine, Roy, Stellan, Thommy, Tommie, Ulrik,
    Arnold, Bernt, Bill, Boris, Dag, Erling, Evald, Georg, Gerhard, Gudmund,
    Jean, Joachim, Jonny, Karl-Axel, Kaj, Kjell-Åke, Lage, Leopold, Lars-Åke, Mathis, Morgan,
    Oswald, Per-Gunnar, Per-Åke, Rudolf, Salomon, Sigfrid, Sivert, Sven-Åke,
    Teddy, Tony, Torleif, Ture, Vilmar, Yngvar, Örjan, Karl-Gustav, Jan-Åke, Carl-Magnus, Sven-Gunnar, Per-Johan, Nils-Åke,
    Albert, Alf, Algot, Arthur, Bruno, Cornelius, Didrik, Edgar, Elis, Emanuel, Esbjörn, Halvard, Hemming, Ingvald, Isidor, Konrad, Lambert, Levi, Manfred, Nathan, Osvald, Per-Ola, Ragnvald, Tryggve, Valfrid
    """,
    150,
)
SV_S = ranked(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
    Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Ali, Forsberg,
    Mohammed, Sjöberg, Wallin, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
    Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
    Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
    Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
    Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg,
    Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson,
    Hansen, Dahl, Lindholm, Norberg, Holmqvist, Ibrahim, Omar, Mohamed, Hussein, Skoglund,
    Nordlund, Sundqvist, Bergkvist, Lindblom, Lindell, Jonasson, Palm, Hedberg, Ekman, Göransson,
    Börjesson, Augustsson, Strand, Adolfsson, Wiklund, Ivarsson, Nyman, Ekberg, Sundin, Lindahl,
    Lilja, Öhman, Petersson, Sjöstrand, Forsman, Kristiansson, Bäckström, Lindén, Sundström,
    Nordqvist, Borg, Ståhl, Carlsson, Lindkvist, Malmberg, Holmström, Hedman, Johnsson, Ekholm,
    Johannesson, Lindblad, Åström, Blomberg, Gustavsson, Engberg, Eklöf, Sandell, Nylund,
    Westerberg, Olausson, Lundh,
    Rydberg, Moberg, Dahlgren, Lindroth, Sjödin, Öhrn, Alm, Asp, Lönn, Rask, Hägglund, Bergh,
    Grahn, Söderström, Frisk, Hammar, Stenberg, Wennberg, Edlund, Backman, Hallberg, Ahlberg,
    Nordgren, Strömqvist, Ljung, Hellberg, Hagström, Lindvall, Nord, Sandin, Ekdahl, Boström,
    Vesterlund, Westman, Sjölund, Olander, Hjalmarsson, Björkman, Wahlström, Lundmark, Grönlund,
    Fors, Ahlström, Törnqvist, Fält, Hedin, Kvist, Sundell, Rosén, Sahlin, Öqvist, Eng, Norén,
    Sjölin, Rydén, Gren, Lövgren, Bergvall, Hultgren, Hultman, Thorén, Thulin, Wahlberg, Wester,
    Wedin, Zetterberg, Zetterström, Åkerlund, Åkerman, Ågren, Östlund, Östman, Ahlqvist,
    Almqvist, Bjurström, Blixt, Bodin, Brandt, Broberg, Byström, Carlberg, Cederberg, Dalin,
    Edberg, Edström, Ehn, Ekblad, Ekelund, Ekvall, Elfving, Enström, Ericson, Fagerström, Flodin,
    Fogelberg, Forsell, Friberg, Granlund, Grönberg, Haglund, Hallin, Hedström, Hellman, Hjelm,
    Holmlund, Hult, Hägg, Häll, Isberg, Jernberg, Kjellberg, Kling, Krantz, Kronberg, Kullberg,
    Lagerqvist, Ledin, Lidén, Liljegren, Lindeberg, Lindfors, Lindh, Ljungberg, Ljunggren,
    Lundell, Lundholm, Löfberg, Löfstedt, Malm, Malmgren, Malmström, Melin, Modig, Mörk, Norling,
    Nordahl, Norman, Nygren, Näslund, Odén, Ohlsson, Olin, Palmgren, Pihl, Qvist, Rehn,
    Ringström, Rosenberg, Rudberg, Sandgren, Selin, Sjöblom, Sjöqvist, Skog, Stark, Sten,
    Strandberg, Svanberg, Svärd, Söderlund, Södergren, Tell, Tengvall, Thorsson, Torstensson,
    Unger, Vallin, Vikström, Wall, Wallgren, Wennerberg, Wessman, Wickman, Widén, Åhlin,
    Eriksdotter, Larsdotter, Hjort, Kronqvist, Bylund, Dufva, Gidlund, Grip,
    Hamrin, Holst, Jäderberg, Kempe, Lagergren, Lustig, Myrberg, Pettersén, Renström,
    Sköld, Stål, Tjäder, Viberg, Ögren, von Rosen, af Klinteberg, von Hofsten, De la Gardie,
    Sparre, Bonde, Posse, Lewenhaupt, Bielke, Stjernswärd
    """,
    150,
)
# The UK (the ONS rankings' order, 1/rank).
UK_F = ranked(
    """
    Susan, Sarah, Margaret, Elizabeth, Julie, Karen, Helen, Emma, Claire, Nicola, Patricia, Linda,
    Jennifer, Lisa, Jacqueline, Amanda, Deborah, Christine, Mary, Joanne, Catherine, Laura, Rachel,
    Louise, Michelle, Caroline, Rebecca, Victoria, Alison, Gillian, Angela, Jane, Kathryn, Sandra,
    Hannah, Lucy, Jessica, Charlotte, Sophie, Emily, Amy, Kelly, Samantha, Gemma, Natalie,
    Stephanie, Lauren, Katie, Jade, Chloe, Olivia, Amelia, Isla, Ava, Grace, Lily, Mia, Ella,
    Freya, Evie, Poppy, Isabella, Sophia, Florence, Ruby, Daisy, Rosie, Megan, Holly, Eleanor,
    Abigail, Georgia, Bethany, Alice, Anna, Ellie, Zoe, Jasmine, Lydia, Phoebe, Harriet, Millie,
    Matilda, Imogen, Maisie, Scarlett, Willow, Ivy, Rose, Heather, Dawn, Tracey, Joan, Dorothy,
    Barbara, Pauline, Janet, Valerie, Anne, Carol, Sheila, Brenda, Jean, Maureen, Irene, Doreen,
    Eileen, Sylvia, Wendy, Diane, Beverley, Hazel, Lynn, Denise, Kim, Tina, Maria, Julia, Fiona,
    Ruth, Sally, Andrea, Sharon, Teresa, Lorraine, Paula, Yvonne, Kirsty, Lindsey, Hayley, Leanne,
    Danielle, Kerry, Donna, Elaine, Marie, Frances, Vanessa, Melanie, Tanya, Joanna, Philippa,
    Penelope, Rosemary, Gwen, Bridget, Siobhan, Shona, Ailsa,
    Morag, Mhairi, Eilidh, Catriona, Niamh, Aoife, Ciara, Sian, Bethan, Ffion, Cerys, Rhian, Nia,
    Carys, Alexandra, Harper, Aria, Sienna, Elsie, Violet, Thea, Ada, Maya, Zara, Esme, Layla,
    Nancy, Eliza, Beatrice, Edith, Mabel, Iris, Clara, Martha, Hope, Aisha, Fatima, Priya, Amira,
    Maryam, Gloria, Hilary, Judith, Marion, Audrey, Enid, Gladys, Hilda, Muriel, Pamela, Shirley,
    Vera, Winifred, Lesley, Geraldine, Jill, Josephine, Kate, Rachael, Stacey, Toni, Abbie, Jodie,
    Charlene, Claudia, Georgina, Henrietta, Jemima, Kathleen, Lilian, Lorna, Moira, Nora, Olive,
    Sadie, Stella, Tessa, Ursula, Yasmin, Bronwen, Cressida, Delyth, Felicity, Gaynor, Hermione,
    Isobel, Jocelyn, Kirstie, Lowri, Marcia, Nerys, Ottilie, Petronella, Rhiannon, Seren, Tamsin,
    Verity, Wynne, Xanthe
    """,
    150,
)
UK_M = ranked(
    """
    David, John, Paul, Michael, Andrew, Mark, James, Peter, Robert, Richard, Stephen, Christopher,
    Ian, Thomas, Daniel, Simon, Matthew, Anthony, William, Gary, Martin, Steven, Kevin, Jonathan,
    Alan, Brian, Colin, Graham, Neil, Philip, Lee, Adam, Kenneth, George, Nicholas, Jason, Darren,
    Stuart, Keith, Craig, Benjamin, Samuel, Joseph, Ryan, Luke, Jack, Oliver, Harry, Charlie,
    Jacob, Noah, Leo, Oscar, Arthur, Muhammad, Alfie, Freddie, Theo, Archie, Henry, Isaac, Joshua,
    Ethan, Alexander, Lucas, Edward, Dylan, Max, Toby, Logan, Jamie, Liam, Callum, Connor, Lewis,
    Kieran, Scott, Nathan, Aaron, Ross, Dean, Shaun, Wayne, Carl, Barry, Trevor, Roger, Derek,
    Raymond, Terence, Dennis, Roy, Leslie, Frank, Frederick, Albert, Harold, Norman, Gordon,
    Douglas, Malcolm, Geoffrey, Tony, Ronald, Stanley, Clive, Nigel, Russell, Adrian, Duncan,
    Gareth, Rhys, Owen, Dafydd, Huw, Gethin, Iwan, Emyr, Alun, Angus, Hamish, Fraser, Ewan, Euan,
    Finlay, Rory, Niall, Declan, Ciaran, Sean, Patrick, Brendan, Conor, Oisin, Cormac, Rowan,
    Reuben, Elliot, Sebastian, Tobias, Hugo, Rupert, Giles, Jeremy, Julian,
    Hugh, Laurence, Marcus, Dominic, Vincent, Gavin, Glen, Lloyd, Mohammed, Ali, Imran, Hamza,
    Zain, Arjun, Rohan, Dev, Kai, Finley, Reggie, Teddy, Albie, Ronnie, Jude, Ezra, Elijah, Ellis,
    Harrison, Louie, Tyler, Jenson, Bobby, Gerald, Bernard, Cyril, Eric, Ernest, Herbert, Leonard,
    Maurice, Percy, Reginald, Sidney, Walter, Wilfred, Victor, Howard, Lionel, Barrie, Vernon,
    Grant, Kirk, Dale, Jordan, Alistair, Barnaby, Bradley, Cameron, Crispin, Desmond, Eamonn,
    Edmund, Fergus, Gregor, Hector, Ivor, Jasper, Kenny, Lachlan, Leighton, Magnus, Morgan,
    Murray, Nathaniel, Nevil, Oswald, Piers, Quentin, Ralph, Rodney, Rufus, Seamus, Spencer,
    Struan, Tarquin, Timothy, Torquil, Tristan, Wilbur, Alasdair, Benedict, Cedric, Clifford,
    Dermot, Emlyn, Gwyn, Idris, Jolyon, Kingsley, Llewellyn, Mervyn, Myles, Ninian
    """,
    150,
)
UK_S = ranked(
    """
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
    Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
    Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King,
    Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett,
    Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw,
    Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum,
    Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell,
    Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher,
    Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson,
    Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks,
    West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts,
    Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman,
    Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page,
    Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter,
    Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke,
    Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross,
    Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson,
    Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill,
    Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George,
    Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles,
    Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater,
    Austin, Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin,
    Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood,
    Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman,
    Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas,
    Dickinson, Todd, Barlow, Peters, Lucas, Knowles, Hartley, Miah, Simmons, Morton, Alexander,
    Field, Morrison, Norris, Townsend, Preston, Hancock, Thornton, Baldwin, Burrows, Briggs,
    Storey, Pugh, Little, Manning, Ashworth, Bramley, Cartwright, Dobson, Entwistle,
    Fairbairn, Garside, Hargreaves, Illingworth, Kershaw, Lomax, Metcalfe, Nuttall, Ormerod,
    Pickles, Rhodes, Sowerby, Thwaite, Whitworth, ap Rhys, Llewelyn, Pryce, Vaughan, Maddox,
    MacLeod, MacKenzie, Fraser, Sinclair, Drummond, Mackay, Buchanan, Cameron, Gunn, Munro
    """,
    150,
)
# Origins common in Sweden: the commonest given names and surnames, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Maria, Helena, Johanna, Anna, Kaarina, Marjatta, Tuula, Ritva, Leena, Pirjo, Sari, Minna, Tiina, Anne, Päivi, Riitta, Merja, Satu, Eila, Liisa, Aino, Sirpa, Seija, Marja, Hannele, Tarja, Arja, Kirsi, Eeva, Raija, Aili, Helmi, Sanna, Heidi",
        10,
    ),
    ranked(
        "Juha, Timo, Matti, Kari, Mikko, Antti, Jari, Jukka, Markku, Pekka, Mika, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Esa, Pentti, Tapio, Veikko, Jouni, Erkki, Raimo, Tuomas, Ville, Jussi, Marko, Harri",
        10,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Pitkänen, Kärkkäinen, Anttila",
        10,
    ),
)
ARABIC = Origin(  # Iraq and Syria, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Aya, Hiba, Rana, Layla, Amal, Huda, Nour, Rasha, Zahra, Hanan, Samira, Amira, Yasmin, Dalia, Rania, Lina, Reem, Ghada, Shamiram, Ninve, Mariam, Sawsan, Ruba",
        10,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mustafa, Ibrahim, Mahmoud, Abdullah, Khaled, Yousef, Karim, Ammar, Haider, Abbas, Ayman, Bassam, Rami, Samir, Tarek, Walid, Ziad, Firas, Saad, Jamal, Ninos, Sargon, Gabriel, Yacoub, Ashur, Elias, Sami",
        10,
    ),
    ranked(
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Abdullah, Ibrahim, Khalil, Saleh, Yousef, Al-Jabouri, Al-Tamimi, Jasim, Kadhim, Abbas, Hamid, Mahmoud, Salem, Haddad, Nasser, Aziz, Rashid, Shamoun, Barsoum, Yacoub, Isa, Saliba, Aho, Khoury, Said, Kassab, Gabriel, Malke, Dawod",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo, Hodan, Amina, Khadija, Asha, Hawa, Sahra, Ubah, Nasra, Ayan, Deqa, Hibo, Idil, Ifrah, Ladan, Sagal, Ruqiya, Filsan, Muna, Nimco, Ikran, Hamdi, Sucaad",
        10,
    ),
    ranked(
        "Mohamed, Abdi, Ahmed, Hassan, Ali, Abdirahman, Abdullahi, Omar, Yusuf, Mahad, Hussein, Ismail, Said, Farah, Abdiaziz, Liban, Guled, Mukhtar, Bashir, Osman, Khalid, Abdikarim, Hamza",
        10,
    ),
    ranked(
        "Mohamed, Ali, Hassan, Ahmed, Abdi, Omar, Hussein, Farah, Osman, Warsame, Jama, Aden, Hersi, Nur, Ibrahim, Yusuf, Abdullahi, Mohamud, Egal, Dahir, Duale, Isse, Gedi, Elmi, Abdirahman",
        10,
    ),
)
POLISH = Origin(  # a woman's -ski/-cki surname is written -ska/-cka (`feminine`)
    ranked(
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Joanna, Elżbieta, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Jadwiga, Grażyna, Iwona, Agata, Urszula",
        10,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Józef, Sławomir, Przemysław, Bartosz",
        10,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Sikora, Zawadzki, Czarnecki, Sadowski",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Sara, Narges, Leila, Mina, Shirin, Parisa, Nasrin, Azadeh, Mahsa, Elham, Roya, Samira, Neda, Golnaz, Shadi, Farzaneh, Niloufar, Ladan, Mitra, Sepideh, Homa, Parvaneh",
        10,
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Mahmoud, Hassan, Majid, Babak, Behrouz, Farhad, Dariush, Kourosh, Arash, Omid, Navid, Kaveh, Payam, Siamak, Shahram, Bijan, Ramin",
        10,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Jafari, Rahimi, Ghasemi, Mousavi, Sadeghi, Hosseinzadeh, Ebrahimi, Kazemi, Rostami, Akbari, Amini, Heidari, Nazari, Shirazi, Tehrani, Najafi, Bagheri, Azizi, Sharifi, Zamani, Safari",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra, Emina, Jasmina, Mirela, Selma, Lejla, Aida, Amela, Sanela, Edina, Ana, Marija, Jelena, Ivana, Dragana, Snežana, Vesna, Mirjana, Gordana, Maja, Milica, Azra, Senada, Mersiha, Dženana, Nataša, Ljiljana",
        10,
    ),
    ranked(
        "Emir, Adnan, Amir, Edin, Mirza, Damir, Nermin, Senad, Haris, Kenan, Dragan, Zoran, Goran, Milan, Nenad, Dejan, Marko, Nikola, Ivan, Stefan, Ante, Tomislav, Josip, Jasmin, Elvis, Almir, Đorđe, Miroslav, Branko",
        10,
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Šabić, Hasanović, Husić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, Horvat, Babić, Marić, Jurić, Novak, Knežević, Kovačić, Tomić, Popović, Mujić, Alić, Ibrahimović, Suljić, Karić, Salihović, Omerović",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Hülya, Özlem, Esra, Merve, Büşra, Derya, Gül, Leyla, Sevgi, Songül, Dilek, Ebru, Aylin, Nurcan, Canan, Gamze",
        10,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Serkan, Kemal, Cem, Erdem, Yasin, Tuncay",
        10,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Karataş, Erdoğan, Güneş, Aksoy, Tekin, Acar",
        10,
    ),
)
ERITREAN = Origin(  # the surname is the father's given name
    ranked(
        "Senait, Helen, Yordanos, Saba, Selam, Tsega, Mihret, Hiwet, Rahwa, Ruta, Semhar, Winta, Luwam, Feven, Meron, Hanna, Eden, Yohanna, Almaz, Azeb, Freweyni, Abeba",
        10,
    ),
    ranked(
        "Yonas, Daniel, Tesfay, Mehari, Samuel, Habtom, Filmon, Kidane, Tekle, Berhane, Yohannes, Michael, Dawit, Ermias, Amanuel, Robel, Biniam, Aron, Efrem, Mussie, Tesfaldet, Goitom, Mebrahtu, Kibrom",
        10,
    ),
    ranked(
        "Tesfay, Haile, Berhane, Kidane, Tekle, Ghebremedhin, Gebremariam, Woldemichael, Mehari, Habte, Tesfamariam, Abraha, Gebru, Yohannes, Ghebreyesus, Asmerom, Ghirmay, Negash, Okbay, Zerai, Tewelde, Andemariam, Measho, Hagos, Kahsay",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Zahra, Fatima, Maryam, Parwana, Shabnam, Freshta, Nilofar, Mursal, Mariam, Hadia, Madina, Zarmina, Sodaba, Arezo, Mahbooba, Nazanin, Shakila, Marzia, Roya, Shukria, Lailuma, Farida",
        10,
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdul, Rahim, Najib, Hussain, Reza, Sayed, Jawad, Murtaza, Farid, Wahid, Omid, Hamed, Shafiq, Zabihullah, Nasir, Karim, Samiullah, Habib, Mahdi",
        10,
    ),
    ranked(
        "Ahmadi, Mohammadi, Hussaini, Rahimi, Hashimi, Sultani, Karimi, Noori, Rezai, Jafari, Sadat, Popal, Amiri, Hakimi, Azizi, Haidari, Safi, Stanekzai, Ahmadzai, Wardak, Durrani, Rasuli, Qaderi, Nazari, Sharifi",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Supaporn, Ratana, Wanida, Kanya, Pornthip, Sunisa, Nittaya, Malee, Jintana, Duangjai, Kanokwan, Lamai, Pranee, Sukanya, Wilai, Araya, Buppha, Kannika, Patcharee, Naiyana, Thanyarat, Anong",
        10,
    ),
    ranked(
        "Somchai, Somsak, Somboon, Prasert, Surachai, Wichai, Chaiyaporn, Anan, Kittisak, Nattapong, Thanawat, Sakda, Boonmee, Pichai, Apichat, Narong, Wirat, Sombat, Kamol, Chatchai, Chalerm, Decha",
        10,
    ),
    ranked(
        "Saetang, Srisuk, Wongsawat, Chaiyasit, Sukprasert, Boonyarat, Thongchai, Phromma, Kaewkla, Sangthong, Jantarasri, Rattanapong, Srisawat, Intarasuk, Ruangsri, Pongpanich, Suwannarat, Thongdee, Sirikul, Wongsa, Buakhao, Inthanon",
        10,
    ),
)
LATIN = Origin(  # Chile and Latin America, two surnames (paterno y materno) often written
    ranked(
        "María, Ana, Carolina, Camila, Valentina, Francisca, Javiera, Constanza, Catalina, Daniela, Paula, Fernanda, Claudia, Patricia, Verónica, Marcela, Lorena, Paola, Gabriela, Andrea, Isabel, Ximena, Soledad, Pilar, Alejandra, Lucía",
        10,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Manuel, Pedro, Cristián, Sebastián, Matías, Diego, Felipe, Rodrigo, Pablo, Andrés, Gonzalo, Claudio, Mauricio, Patricio, Héctor, Víctor, Ricardo, Alejandro, Ignacio, Tomás",
        10,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Núñez, Jara, Vergara, Figueroa",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin, Berivan, Nazdar, Shilan, Zozan, Dilan, Jiyan, Avin, Hêvî, Nasrin, Bahar, Gulistan, Roja, Kajal, Shirin, Lavin, Evin, Chiman, Nishtiman, Zilan, Ronahi, Hana",
        10,
    ),
    ranked(
        "Azad, Rebwar, Karwan, Dilshad, Shwan, Sherko, Hemin, Aram, Dara, Kawa, Baran, Rojhat, Serhat, Bawan, Hiwa, Zana, Diyar, Nawzad, Soran, Hejar, Botan, Ahmad, Rizgar",
        10,
    ),
    ranked(
        "Ahmad, Mohammed, Hassan, Ali, Karim, Rashid, Mustafa, Qadir, Aziz, Amin, Salih, Abdullah, Hussein, Othman, Jaf, Hawrami, Shwani, Kurdi, Zebari, Bapir, Baban, Rasul, Sharif, Faraj, Hamad",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        "Sabine, Petra, Andrea, Claudia, Susanne, Monika, Ursula, Stefanie, Birgit, Katrin, Julia, Anja, Nicole, Christine, Heike, Martina, Gabriele, Karin, Renate, Kerstin, Sandra, Anke, Silke, Jutta",
        10,
    ),
    ranked(
        "Thomas, Michael, Andreas, Stefan, Frank, Peter, Klaus, Jürgen, Wolfgang, Uwe, Markus, Christian, Matthias, Dieter, Bernd, Ralf, Jörg, Sven, Holger, Torsten, Dirk, Hans, Martin, Tobias",
        10,
    ),
    ranked(
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Mariia, Anastasiia, Kateryna, Viktoriia, Liudmyla, Halyna, Nadiia, Alina, Daria, Inna, Larysa, Valentyna, Khrystyna, Sofiia",
        10,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Mykola, Dmytro, Oleksii, Ivan, Yurii, Vasyl, Viktor, Ihor, Mykhailo, Petro, Vitalii, Taras, Bohdan, Roman, Maksym, Denys, Artem, Yaroslav",
        10,
    ),
    ranked(
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Kravchuk, Klymenko, Pavlenko, Savchuk, Kuzmenko",
        10,
    ),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "somali": SOMALI,
    "polish": POLISH,
    "persian": PERSIAN,
    "bcs": BCS,
    "turkish": TURKISH,
    "eritrean": ERITREAN,
    "afghan": AFGHAN,
    "thai": THAI,
    "latin": LATIN,
    "kurdish": KURDISH,
    "german": GERMAN,
    "ukrainian": UKRAINIAN,
}

# Who is named, per language of the text: roughly Sweden's population in Swedish and mixed text
# (Swedish names largest), the US and the UK in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.6, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "uk": 0.8, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "arabic": 2, "polish": 2, "latin": 2, "german": 1.5,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "thai": 1, "bcs": 1,
        "ukrainian": 1, "kurdish": 0.6, "afghan": 0.6, "eritrean": 0.6,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "german": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin: given name -> its short forms.
_NICK_EN = {
    "William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Richard": ["Rich", "Dick"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Elizabeth": ["Liz", "Beth"],
    "Margaret": ["Maggie", "Peggy"], "Jennifer": ["Jen"], "Katherine": ["Kate"],
    "Kathryn": ["Kate"], "Susan": ["Sue"], "Patricia": ["Pat", "Trish"], "Thomas": ["Tom"],
    "James": ["Jim", "Jamie"], "Joseph": ["Joe"], "Daniel": ["Dan"], "Anthony": ["Tony"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Andrew": ["Andy"], "Nicholas": ["Nick"],
    "Deborah": ["Debbie"], "Rebecca": ["Becky"], "Samantha": ["Sam"], "Alexander": ["Alex"],
    "David": ["Dave"], "Edward": ["Ed", "Ted"], "Jonathan": ["Jon"], "Matthew": ["Matt"],
    "Timothy": ["Tim"], "Victoria": ["Vicky"], "Catherine": ["Cathy"], "Kenneth": ["Ken"],
    "Benjamin": ["Ben"], "Samuel": ["Sam"], "Charles": ["Charlie"], "Jacqueline": ["Jackie"],
    "Christine": ["Chris"], "Nicola": ["Nicky"], "Philip": ["Phil"], "Gerald": ["Gerry"],
    "Frederick": ["Fred"], "Barbara": ["Barb"], "Dorothy": ["Dot"], "Donald": ["Don"],
    "Raymond": ["Ray"], "Gregory": ["Greg"], "Douglas": ["Doug"], "Lawrence": ["Larry"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"],
        "Per": ["Pelle"], "Thomas": ["Tompa"], "Magnus": ["Mange"], "Kristoffer": ["Kricke"],
        "Christoffer": ["Chrille"], "Fredrik": ["Fredde"], "Gustav": ["Gurra"],
        "Marcus": ["Mackan"], "Elisabeth": ["Lisa", "Bettan"], "Margareta": ["Maggan"],
        "Kristina": ["Kicki", "Stina"], "Katarina": ["Kattis"], "Charlotte": ["Lotta"],
        "Susanne": ["Sussie"], "Birgitta": ["Gittan", "Bittan"], "Barbro": ["Babsan"],
        "Alexander": ["Alex"], "Sebastian": ["Sebbe"], "Daniel": ["Danne"], "Robert": ["Robban"],
        "Henrik": ["Henke"], "Patrik": ["Patte"], "Stefan": ["Steffe"], "Niklas": ["Nicke"],
        "Kenneth": ["Kenta"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Bengt": ["Bengan"],
        "Jonas": ["Jonte"], "Bo": ["Bosse"], "Sven": ["Svenne"], "Hans": ["Hasse"],
        "Ingrid": ["Ninni"], "Gunilla": ["Nilla"], "Viktoria": ["Vickan"], "Victoria": ["Vickan"],
        "Johanna": ["Jossan"], "Josefin": ["Jossan"], "Madeleine": ["Madde"], "Kerstin": ["Kickan"],
        "Agneta": ["Agge"], "Ulrika": ["Ulla"], "Annika": ["Anki"], "Gunnar": ["Gunne"],
        "Anders": ["Adde"], "Christer": ["Kicken"], "Ronny": ["Ronne"], "Johan": ["Jojje"],
        "Jan": ["Janne"], "Mats": ["Matte"], "Mattias": ["Matte"], "Nils": ["Nisse"], "Ulf": ["Uffe"],
        "Roger": ["Roffe"], "Rolf": ["Roffe"], "Lennart": ["Lelle"], "Håkan": ["Hacke"],
        "Filip": ["Fille"], "William": ["Wille"], "Oskar": ["Ogge"], "Jesper": ["Jeppe"],
        "Rasmus": ["Rasse"], "Viktor": ["Vicke"], "Leif": ["Leffe"], "Tommy": ["Tompa"],
        "Camilla": ["Millan"], "Cecilia": ["Cissi"], "Therese": ["Tessan"], "Caroline": ["Carro"],
        "Rebecka": ["Becka"], "Louise": ["Lollo"], "Linnéa": ["Nea"], "Helena": ["Lena"],
    },
    "us": _NICK_EN,
    "uk": _NICK_EN,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Piotr": ["Piotrek"], "Jakub": ["Kuba"], "Magdalena": ["Magda"]},
    "arabic": {"Mohammed": ["Mo"], "Mustafa": ["Musse"], "Abdullah": ["Abdi"]},
    "latin": {"José": ["Pepe"], "Francisco": ["Pancho"], "Ignacio": ["Nacho"], "Alejandro": ["Ale"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Volodymyr": ["Volodia"], "Mariia": ["Masha"]},
    "persian": {"Mohammad": ["Mamad"]},
    "german": {"Stefanie": ["Steffi"], "Thomas": ["Tom"], "Matthias": ["Matze"]},
    "finnish": {"Juha": ["Jussi"], "Kaarina": ["Kaija"]},
}  # fmt: skip
